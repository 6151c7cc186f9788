-- crosscheck store, schema 1. One file for SQLite and PostgreSQL: portable types only;
-- ${bytes} is BLOB on SQLite and BYTEA on PostgreSQL (Flyway placeholder set by Database).

-- One row per article; identity_key (content hash + URL) is what makes a re-ingest a no-op.
CREATE TABLE articles (
    id           VARCHAR(24)  PRIMARY KEY,
    seq          BIGINT       NOT NULL UNIQUE,
    identity_key VARCHAR(120) NOT NULL UNIQUE,
    content_hash VARCHAR(64)  NOT NULL,
    url          TEXT,
    outlet       TEXT,
    published    VARCHAR(10),
    title        TEXT,
    origin       TEXT         NOT NULL,
    format       VARCHAR(16)  NOT NULL,
    ingested_at  VARCHAR(40)  NOT NULL,
    raw_content  TEXT         NOT NULL,
    raw_meta     TEXT         NOT NULL,
    codec        INTEGER      NOT NULL,
    document     ${bytes}     NOT NULL
);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_published ON articles (published);

-- Each ingest command, and the inputs it refused with their reasons.
CREATE TABLE ingest_runs (
    id          BIGINT      PRIMARY KEY,
    started_at  VARCHAR(40) NOT NULL,
    finished_at VARCHAR(40),
    added       INTEGER     NOT NULL,
    updated     INTEGER     NOT NULL,
    unchanged   INTEGER     NOT NULL,
    rejected    INTEGER     NOT NULL
);
CREATE TABLE rejections (
    run_id BIGINT      NOT NULL,
    ord    INTEGER     NOT NULL,
    input  TEXT        NOT NULL,
    reason VARCHAR(40) NOT NULL,
    detail TEXT,
    PRIMARY KEY (run_id, ord)
);

-- Small key/value facts: the write lock row, which articles the cross-document layers cover.
CREATE TABLE store_meta (
    name  VARCHAR(40) PRIMARY KEY,
    value TEXT        NOT NULL
);
INSERT INTO store_meta (name, value) VALUES ('write_lock', '0');
INSERT INTO store_meta (name, value) VALUES ('layers_seq', '0');
INSERT INTO store_meta (name, value) VALUES ('layers_version', '0');

-- The cross-document layers as the engine writes them (collection JSON parts, entity index), gzipped.
CREATE TABLE layers (
    name VARCHAR(40) PRIMARY KEY,
    body ${bytes}    NOT NULL
);

-- The same layers, one row per item, for paging and filtering; body is the item's JSON.
CREATE TABLE stories (
    id            VARCHAR(40) PRIMARY KEY,
    ord           INTEGER     NOT NULL,
    label         TEXT,
    first_date    VARCHAR(10),
    last_date     VARCHAR(10),
    outlet_count  INTEGER     NOT NULL,
    article_count INTEGER     NOT NULL,
    body          TEXT        NOT NULL
);
CREATE TABLE story_articles (
    story_id   VARCHAR(40) NOT NULL,
    article_id VARCHAR(24) NOT NULL,
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles (article_id);

CREATE TABLE entities (
    id            VARCHAR(40) PRIMARY KEY,
    ord           INTEGER     NOT NULL,
    type          VARCHAR(20) NOT NULL,
    name          TEXT        NOT NULL,
    search_key    TEXT        NOT NULL,
    named         INTEGER     NOT NULL,
    mentions      INTEGER     NOT NULL,
    article_count INTEGER     NOT NULL,
    body          TEXT        NOT NULL
);
CREATE TABLE entity_articles (
    entity_id  VARCHAR(40) NOT NULL,
    article_id VARCHAR(24) NOT NULL,
    PRIMARY KEY (entity_id, article_id)
);
CREATE INDEX entity_articles_article ON entity_articles (article_id);

CREATE TABLE utterances (
    id       VARCHAR(40) PRIMARY KEY,
    ord      INTEGER     NOT NULL,
    speaker  VARCHAR(40),
    story_id VARCHAR(40),
    body     TEXT        NOT NULL
);
CREATE INDEX utterances_story ON utterances (story_id);
CREATE INDEX utterances_speaker ON utterances (speaker);

CREATE TABLE claims (
    id          VARCHAR(40) PRIMARY KEY,
    ord         INTEGER     NOT NULL,
    story_id    VARCHAR(40),
    proposition TEXT,
    body        TEXT        NOT NULL
);
CREATE INDEX claims_story ON claims (story_id);
