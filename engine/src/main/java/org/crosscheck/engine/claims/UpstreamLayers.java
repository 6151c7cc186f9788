package org.crosscheck.engine.claims;

import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.Span;
import org.crosscheck.engine.quotes.CuePolarity;
import org.crosscheck.engine.quotes.Quote;
import org.crosscheck.engine.quotes.Utterance;
import org.crosscheck.engine.stories.Story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that reads the layers other services make (quotes, utterances, stories), turned into
 * the few facts the claims service needs. When those layers change shape, only this class changes.
 */
final class UpstreamLayers {

    /** What the cue of an attribution does, as far as claims care. */
    enum CueHint {
        ASSERT, DENY, QUESTION
    }

    /**
     * One attributed statement of an article.
     *
     * @param index          position in {@code Document.quotes()}
     * @param content        the words attributed
     * @param cue            the attribution words, or null
     * @param voice          direct, partial or reported
     * @param hint           what the cue does
     * @param speakerEntity  local entity index of the speaker, or -1
     * @param speakerMention the mention the attribution goes through, or null
     * @param speakerLabel   a readable name of the speaker, or null
     * @param confidence     0..1
     * @param utterance      id of the utterance it reports (the same words in other articles), or null
     */
    record Attribution(int index, Span content, Span cue, Voice voice, CueHint hint, int speakerEntity,
                       Span speakerMention, String speakerLabel, double confidence, String utterance) {
    }

    private final Map<String, String> utteranceOf = new HashMap<>();
    private final Map<String, List<String>> storiesOf = new HashMap<>();
    private final List<List<String>> reprints = new ArrayList<>();
    private final List<List<String>> storyArticles = new ArrayList<>();
    private final List<String> storyIds = new ArrayList<>();

    UpstreamLayers(List<Story> stories, List<Utterance> utterances) {
        for (Utterance u : utterances) {
            for (Utterance.Version v : u.versions()) {
                utteranceOf.put(v.article() + "#" + v.quote(), u.id());
            }
        }
        for (Story s : stories) {
            storyIds.add(s.id());
            storyArticles.add(s.articles());
            for (String a : s.articles()) {
                storiesOf.computeIfAbsent(a, k -> new ArrayList<>()).add(s.id());
            }
            for (List<String> g : s.reprints()) {
                if (g.size() > 1) {
                    reprints.add(g);
                }
            }
        }
    }

    List<Attribution> attributions(Document d) {
        List<Attribution> out = new ArrayList<>();
        List<Quote> qs = d.quotes();
        for (int i = 0; i < qs.size(); i++) {
            Quote q = qs.get(i);
            if (q.content() == null || q.content().isEmpty()) {
                continue;
            }
            Voice voice = switch (q.kind()) {
                case DIRECT -> Voice.DIRECT;
                case PARTIAL -> Voice.PARTIAL;
                case REPORTED -> Voice.REPORTED;
            };
            CueHint hint = q.polarity() == CuePolarity.DENY ? CueHint.DENY
                    : q.polarity() == CuePolarity.QUESTION ? CueHint.QUESTION : CueHint.ASSERT;
            out.add(new Attribution(i, q.content(), q.cue(), voice, hint, q.speakerEntity(), q.speakerMention(),
                    q.speakerLabel(), q.confidence(), utteranceOf.get(d.id() + "#" + i)));
        }
        return out;
    }

    /** Story ids an article belongs to (empty when stories are unknown). */
    List<String> storiesOf(String article) {
        return storiesOf.getOrDefault(article, List.of());
    }

    boolean hasStories() {
        return !storyIds.isEmpty();
    }

    /** Groups of near-copies the stories service found (each group counts as one source). */
    List<List<String>> reprintGroups() {
        return reprints;
    }
}
