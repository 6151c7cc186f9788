-- crosscheck store, schema 2: a claim can belong to several stories (the claims layer lists them).
CREATE TABLE claim_stories (
    claim_id VARCHAR(40) NOT NULL,
    story_id VARCHAR(40) NOT NULL,
    PRIMARY KEY (claim_id, story_id)
);
CREATE INDEX claim_stories_story ON claim_stories (story_id);
INSERT INTO claim_stories (claim_id, story_id) SELECT id, story_id FROM claims WHERE story_id IS NOT NULL;
