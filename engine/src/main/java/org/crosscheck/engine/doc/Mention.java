package org.crosscheck.engine.doc;

/**
 * A stretch of text that refers to an entity.
 *
 * @param span   the characters of the mention
 * @param text   exactly {@code span.in(document.text())}
 * @param type   entity class
 * @param kind   name, description or pronoun
 * @param source what found it: "ner", "gazetteer", "acronym", "description", ...
 * @param entity index into {@link Document#entities()}, or -1 before entity resolution
 */
public record Mention(Span span, String text, EntityType type, MentionKind kind, String source, int entity) {

    public Mention {
        if (text == null || text.length() != span.length()) {
            throw new IllegalArgumentException("mention text does not match its span " + span + ": " + text);
        }
    }

    public Mention withEntity(int entityIndex) {
        return new Mention(span, text, type, kind, source, entityIndex);
    }

    public Mention withType(EntityType newType) {
        return new Mention(span, text, newType, kind, source, entity);
    }
}
