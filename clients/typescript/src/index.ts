/**
 * One typed client per service, all on ONE base URL: the entry point (Kubernetes Ingress, or the
 * console's port in the local run) routes /api/v1/... to the service that owns the path.
 * Types come from the services' own OpenAPI documents, so a front end that compiles against this
 * package calls paths, parameters and bodies the services actually serve.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths as ProjectPaths } from "../generated/project-service";
import type { paths as AssetPaths } from "../generated/asset-service";
import type { paths as FundingPaths } from "../generated/funding-service";
import type { paths as EvaluationPaths } from "../generated/evaluation-service";

export type { ProjectPaths, AssetPaths, FundingPaths, EvaluationPaths };

export interface ApiOptions {
  /** e.g. https://agri.xinxiang.example (no trailing /api/v1) */
  baseUrl: string;
  /** the signed-in user's bearer token (JWT with groups=[role] and region=<12-digit code>) */
  token: () => string | undefined;
  /** problem texts come in this language; the services default to zh-CN */
  language?: "zh-CN" | "en";
  fetch?: typeof fetch;
}

export interface Api {
  project: Client<ProjectPaths>;
  asset: Client<AssetPaths>;
  funding: Client<FundingPaths>;
  evaluation: Client<EvaluationPaths>;
}

/** An RFC 9457 problem as every service returns it (application/problem+json). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: { field: string; message: string }[];
}

export function createApi(options: ApiOptions): Api {
  const auth: Middleware = {
    onRequest({ request }) {
      const token = options.token();
      if (token) {
        request.headers.set("Authorization", `Bearer ${token}`);
      }
      request.headers.set("Accept-Language", options.language ?? "zh-CN");
      return request;
    },
  };
  const settings = { baseUrl: options.baseUrl, fetch: options.fetch };
  const project = createClient<ProjectPaths>(settings);
  const asset = createClient<AssetPaths>(settings);
  const funding = createClient<FundingPaths>(settings);
  const evaluation = createClient<EvaluationPaths>(settings);
  for (const c of [project, asset, funding, evaluation] as Client<any>[]) {
    c.use(auth);
  }
  return { project, asset, funding, evaluation };
}
