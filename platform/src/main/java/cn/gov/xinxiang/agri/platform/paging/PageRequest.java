package cn.gov.xinxiang.agri.platform.paging;

import cn.gov.xinxiang.agri.platform.problem.ProblemException;

/** Page number (from 0) and size, bounded so no request can ask for an unbounded list. */
public record PageRequest(int page, int size) {

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? Page.DEFAULT_SIZE : size;
        if (p < 0) {
            throw ProblemException.invalidField("page", "paging.page-negative");
        }
        if (s < 1 || s > Page.MAX_SIZE) {
            throw ProblemException.invalidField("size", "paging.size-range", Page.MAX_SIZE);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }
}
