-- Sort project names the way people read them: pinyin order (ICU's Chinese collation), not code
-- points. PostgreSQL builds with ICU (the default, and the embedded one used in tests) have it.
alter table project alter column name type varchar(200) collate "zh-x-icu";
