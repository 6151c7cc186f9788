package org.crosscheck.engine.doc;

/**
 * A title or role attached to a person in the text: "Taliban Foreign Minister" before
 * "Amir Khan Muttaqi", "the spokesperson for the Islamic Emirate" after "Zabihullah Mujahid".
 *
 * @param span        the characters of the whole role phrase
 * @param title       the office or function, normalised to lower case ("foreign minister")
 * @param affiliation the country, organisation or group the role belongs to, as written, or null
 * @param text        the role phrase as written
 */
public record Role(Span span, String title, String affiliation, String text) {
}
