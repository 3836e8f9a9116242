package cn.gov.xinxiang.agri.platform.paging;

import java.util.List;

/** One page of a list, with the total so clients can page through. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;
}
