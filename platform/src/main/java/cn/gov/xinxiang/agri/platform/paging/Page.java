package cn.gov.xinxiang.agri.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so clients can page through. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /** The requested page of a Panache query, with the query's total. */
    public static <T> Page<T> of(PanacheQuery<T> query, PageRequest request) {
        return new Page<>(query.page(request.page(), request.size()).list(), request.page(), request.size(), query.count());
    }

    /** The same page with each item transformed (e.g. an entity into its view). */
    public <U> Page<U> map(Function<? super T, ? extends U> f) {
        return new Page<>(items.stream().<U>map(f).toList(), page, size, total);
    }
}
