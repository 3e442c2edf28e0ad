-- People's leaves (nghỉ chế độ thai sản): the months they cover are not missing months in the yearly
-- classification (Decree 90/2020, art. 2). Filled by the facts projection; no leave was recorded before.
CREATE TABLE fact_leave (
    person_id  VARCHAR(64) NOT NULL,
    position   BIGINT      NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    leave_from DATE        NOT NULL,
    leave_to   DATE        NOT NULL,
    PRIMARY KEY (person_id, position)
);
