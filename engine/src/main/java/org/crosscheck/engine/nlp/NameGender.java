package org.crosscheck.engine.nlp;

/**
 * The usual gender of a given name, for matching "he" and "she" to people. A name that is not
 * known, or is given to both, is {@link Gender#UNKNOWN}: it fits either pronoun.
 */
public interface NameGender {

    enum Gender { MALE, FEMALE, UNKNOWN }

    /** The gender a given name ("Hillary", "Sergey") usually has; case does not matter. */
    Gender of(String givenName);

    /** Knows no names: every pronoun fits every person. */
    NameGender NONE = name -> Gender.UNKNOWN;
}
