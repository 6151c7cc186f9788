package org.crosscheck.engine.doc;

/** The CoNLL entity classes; everything the engine names is one of these. */
public enum EntityType {
    PERSON("PER"),
    ORGANIZATION("ORG"),
    LOCATION("LOC"),
    MISC("MISC");

    private final String conll;

    EntityType(String conll) {
        this.conll = conll;
    }

    public String conll() {
        return conll;
    }

    public static EntityType fromLabel(String label) {
        return switch (label.toUpperCase(java.util.Locale.ROOT)) {
            case "PER", "PERSON" -> PERSON;
            case "ORG", "ORGANIZATION", "ORGANISATION" -> ORGANIZATION;
            case "LOC", "LOCATION", "GPE", "COUNTRY", "CITY" -> LOCATION;
            case "MISC" -> MISC;
            default -> throw new IllegalArgumentException("unknown entity label: " + label);
        };
    }
}
