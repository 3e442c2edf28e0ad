-- Accounts of the node (Spring Security's JDBC user schema).
CREATE TABLE users (
    username VARCHAR(128) PRIMARY KEY,
    password VARCHAR(500) NOT NULL,
    enabled  BOOLEAN      NOT NULL
);

CREATE TABLE authorities (
    username  VARCHAR(128) NOT NULL REFERENCES users (username),
    authority VARCHAR(128) NOT NULL,
    PRIMARY KEY (username, authority)
);
