/**
 * How a front end uses the client; compiled (not run) by the build, so a change to a served path,
 * parameter or request body that breaks these calls breaks the build.
 */
import { createApi, type Problem } from "./index";

export async function draftAndSubmit(baseUrl: string, token: string): Promise<string | Problem> {
  const api = createApi({ baseUrl, token: () => token });
  const created = await api.project.POST("/api/v1/projects", {
    body: {
      name: "原阳县城关一村肉羊养殖扶贫车间",
      fiscalYear: 2026,
      regionCode: "410725901201",
      industryCategory: "SPECIALTY_FARMING",
      mechanisms: [],
    },
  });
  if (created.error !== undefined || created.response.status !== 201) {
    return created.error as unknown as Problem;
  }
  const id = created.response.headers.get("Location")?.split("/").pop() ?? "";
  await api.project.POST("/api/v1/projects/{id}/submission", { params: { path: { id } } });
  return id;
}

export async function pickers(baseUrl: string, token: string) {
  const api = createApi({ baseUrl, token: () => token, language: "en" });
  const [projectCodes, assetCodes] = await Promise.all([
    api.project.GET("/api/v1/code-lists"),
    api.asset.GET("/api/v1/code-lists/{name}", { params: { path: { name: "asset-classes" } } }),
  ]);
  const ledger = await api.asset.GET("/api/v1/ledger", { params: { query: { regionCode: "410725000000" } } });
  const plans = await api.funding.GET("/api/v1/plans");
  return { projectCodes: projectCodes.data, assetCodes: assetCodes.data, ledger: ledger.data, plans: plans.data };
}
