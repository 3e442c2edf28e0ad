-- The last rebuild of each projection as its node reports it, so that every node answers its progress (behind a load
-- balancer an operator asks whichever node), and a rebuild whose node stopped is told as interrupted.
CREATE TABLE rebuild_status (
    projection    VARCHAR(64) PRIMARY KEY,
    node          VARCHAR(200) NOT NULL,
    state         VARCHAR(16)  NOT NULL,
    target        BIGINT       NOT NULL,
    processed     BIGINT       NOT NULL,
    last_position BIGINT       NOT NULL,
    started_at    TIMESTAMPTZ  NOT NULL,
    finished_at   TIMESTAMPTZ,
    error         TEXT,
    updated_at    TIMESTAMPTZ  NOT NULL
);
