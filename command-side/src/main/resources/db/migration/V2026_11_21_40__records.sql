-- Surveys, inspections, commendations, reviews and reports (issue 3).

-- The campaigns that held their final review (tổng kết), kept by the subscribing command-directory group in
-- the events' transaction: a second final review of one campaign is refused, and a race ends in a unique
-- violation instead of two.
CREATE TABLE directory_final_review (
    campaign_id VARCHAR(64) PRIMARY KEY REFERENCES directory_campaign (campaign_id),
    review_id   VARCHAR(64) NOT NULL UNIQUE
);

-- db-scheduler's executions: Axon's deadlines (report reminders, overdue notices) wait here until due, so
-- they survive restarts and exactly one node fires each. db-scheduler never creates its table itself; this
-- is its PostgreSQL schema (db-scheduler 16.x).
CREATE TABLE scheduled_tasks (
    task_name            TEXT        NOT NULL,
    task_instance        TEXT        NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMPTZ NOT NULL,
    picked               BOOLEAN     NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMPTZ,
    last_failure         TIMESTAMPTZ,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMPTZ,
    version              BIGINT      NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);
