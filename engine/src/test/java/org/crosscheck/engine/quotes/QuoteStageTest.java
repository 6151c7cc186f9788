package org.crosscheck.engine.quotes;

import org.crosscheck.engine.doc.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.engine.quotes.QuoteFixture.article;
import static org.crosscheck.engine.quotes.QuoteFixture.cueText;
import static org.crosscheck.engine.quotes.QuoteFixture.paragraphs;
import static org.crosscheck.engine.quotes.QuoteFixture.quoteWith;
import static org.crosscheck.engine.quotes.QuoteFixture.speakerText;

/** Each attribution pattern on sentences written for these tests. */
class QuoteStageTest {

    @Test
    void directQuoteWithTrailingNameAndCue() {
        Document d = paragraphs("“We have no plans to sell the harbour,” said Tomas Varga, the port director.");
        Quote q = quoteWith(d, "no plans to sell");
        assertThat(d.text(q.content())).isEqualTo("We have no plans to sell the harbour,");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(cueText(d, q)).isEqualTo("said");
        assertThat(speakerText(d, q)).isEqualTo("Tomas Varga");
        assertThat(q.speakerLabel()).isEqualTo("Tomas Varga");
        assertThat(q.via()).isEqualTo(Quote.Via.NAME);
        assertThat(q.polarity()).isEqualTo(CuePolarity.ASSERT);
    }

    @Test
    void directQuoteIntroducedByColon() {
        Document d = paragraphs("Finance Minister Greta Olsen told reporters in the capital: “The budget is balanced for the first time in ten years.”");
        Quote q = quoteWith(d, "The budget is balanced");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(cueText(d, q)).isEqualTo("told");
        assertThat(q.speakerLabel()).isEqualTo("Greta Olsen");
    }

    @Test
    void pronounResolvesToThePersonTwoSentencesBack() {
        Document d = paragraphs("Governor Laura Pike toured the flooded district on Monday. The water had reached the "
                + "second floor of many homes, and the roads were closed. “Nobody will be left behind,” she said.");
        Quote q = quoteWith(d, "Nobody will be left behind");
        assertThat(speakerText(d, q)).isEqualTo("she");
        assertThat(q.via()).isEqualTo(Quote.Via.PRONOUN);
        assertThat(q.speakerLabel()).isEqualTo("Laura Pike");
        assertThat(q.confidence()).isGreaterThan(0.5);
    }

    @Test
    void pronounSkipsAPersonOfTheOtherGender() {
        Document d = paragraphs("Senator Maria Lopez met the miners' leader, Peter Hall, in the morning. They spoke for an "
                + "hour about the pension fund. “The fund must be protected,” she said afterwards.");
        Quote q = quoteWith(d, "The fund must be protected");
        assertThat(q.speakerLabel()).isEqualTo("Maria Lopez");
    }

    @Test
    void pronounFollowsThePreviousSpeaker() {
        Document d = paragraphs("“We will appeal the ruling,” said the company's lawyer, Ines Duarte.",
                "The court had fined the company for polluting the river. Shareholders met on Friday.",
                "“The judges ignored the evidence,” she added.");
        Quote q = quoteWith(d, "ignored the evidence");
        assertThat(q.speakerLabel()).isEqualTo("Ines Duarte");
        assertThat(q.via()).isEqualTo(Quote.Via.PRONOUN);
    }

    @Test
    void unnamedSourceIsASpeakerWithoutAName() {
        Document d = paragraphs("Health Minister Anton Keller visited the clinic on Tuesday. A shop owner in the old town, "
                + "who declined to give her name, said: “We have had no electricity for a week.”");
        Quote q = quoteWith(d, "no electricity for a week");
        assertThat(q.via()).isEqualTo(Quote.Via.UNNAMED);
        assertThat(q.speakerLabel()).contains("shop owner");
        assertThat(q.speakerLabel()).doesNotContain("Keller");
        assertThat(speakerText(d, q)).startsWith("A shop owner");
    }

    @Test
    void quoteSplitByItsAttributionKeepsOneSpeaker() {
        Document d = paragraphs("“The talks have failed,” said Omar Haddad. “We will try again next month.”");
        Quote first = quoteWith(d, "The talks have failed");
        Quote second = quoteWith(d, "We will try again");
        assertThat(first.speakerLabel()).isEqualTo("Omar Haddad");
        assertThat(second.speakerLabel()).isEqualTo("Omar Haddad");
        assertThat(second.via()).isEqualTo(Quote.Via.CONTINUATION);
        assertThat(second.cue()).isEqualTo(first.cue());
    }

    @Test
    void quoteSplitInsideOneSentence() {
        Document d = paragraphs("“The talks have failed,” Omar Haddad said, “but we will try again next month.”");
        Quote second = quoteWith(d, "but we will try again");
        assertThat(d.text(second.content())).isEqualTo("but we will try again next month.");
        assertThat(second.speakerLabel()).isEqualTo("Omar Haddad");
    }

    @Test
    void quoteOverSeveralParagraphsIsOneQuote() {
        Document d = paragraphs("Rita Moreno, the union leader, said: “Wages have not kept up with prices for three years.",
                "“We want a fair deal, and we will strike if we must.”");
        Quote q = quoteWith(d, "Wages have not kept up");
        assertThat(d.text(q.content())).contains("we will strike if we must");
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.speakerLabel()).isEqualTo("Rita Moreno");
        assertThat(d.quotes()).filteredOn(x -> x.kind() == QuoteKind.DIRECT).hasSize(1);
    }

    @Test
    void quoteInsideAQuoteBelongsToTheOuterSpeaker() {
        Document d = paragraphs("“When I asked him, he told me ‘not today, not ever’ and walked out,” said Paul Jensen.");
        Quote q = quoteWith(d, "When I asked him");
        assertThat(d.text(q.content())).contains("‘not today, not ever’");
        assertThat(q.speakerLabel()).isEqualTo("Paul Jensen");
        assertThat(d.quotes()).noneMatch(x -> d.text(x.content()).equals("not today, not ever"));
    }

    @Test
    void paragraphsOfQuotesWithoutAttributionContinueTheSpeaker() {
        Document d = paragraphs("“We are ready for the final,” said coach Dan Ruiz.",
                "“The team has trained all summer for this.”");
        Quote q = quoteWith(d, "trained all summer");
        assertThat(q.speakerLabel()).isEqualTo("Dan Ruiz");
        assertThat(q.via()).isEqualTo(Quote.Via.CONTINUATION);
        assertThat(q.confidence()).isLessThan(quoteWith(d, "ready for the final").confidence());
    }

    @Test
    void partialQuoteHangsOnItsSentencesCue() {
        Document d = paragraphs("Senator Jo Marsh called the proposal “a betrayal of voters” in a speech on Friday.");
        Quote q = quoteWith(d, "a betrayal of voters");
        assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(cueText(d, q)).isEqualTo("called");
        assertThat(q.speakerLabel()).isEqualTo("Jo Marsh");
    }

    @Test
    void dismissalMakesADenial() {
        Document d = paragraphs("Defence Minister Ivo Petrov called the allegations “completely unfounded.”");
        Quote partial = quoteWith(d, "completely unfounded");
        assertThat(partial.kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(partial.polarity()).isEqualTo(CuePolarity.DENY);
        assertThat(d.quotes()).anyMatch(x -> x.kind() == QuoteKind.REPORTED && x.polarity() == CuePolarity.DENY
                && d.text(x.content()).startsWith("the allegations"));
    }

    @Test
    void reportedSpeechWithThat() {
        Document d = paragraphs("Ivo Petrov said that the army would withdraw from the border by June.");
        Quote q = quoteWith(d, "the army would withdraw");
        assertThat(d.text(q.content())).isEqualTo("the army would withdraw from the border by June");
        assertThat(q.kind()).isEqualTo(QuoteKind.REPORTED);
        assertThat(q.speakerLabel()).isEqualTo("Ivo Petrov");
    }

    @Test
    void reportedSpeechToAnAddressee() {
        Document d = paragraphs("Ivo Petrov told the Daily Courier after the parade that the army would leave the border.");
        Quote q = quoteWith(d, "the army would leave");
        assertThat(cueText(d, q)).isEqualTo("told");
        assertThat(q.speakerLabel()).isEqualTo("Ivo Petrov");
    }

    @Test
    void accordingToBeforeAndAfter() {
        Document d = paragraphs("According to the health ministry, forty clinics have closed since March.",
                "Twelve more clinics will close this year, according to a report by the nurses' union.");
        Quote a = quoteWith(d, "forty clinics have closed");
        assertThat(cueText(d, a)).isEqualTo("According to");
        assertThat(speakerText(d, a)).contains("ministry");
        Quote b = quoteWith(d, "Twelve more clinics");
        assertThat(speakerText(d, b)).startsWith("a report");
        assertThat(b.polarity()).isEqualTo(CuePolarity.NEUTRAL);
    }

    @Test
    void accuseDenyUrgeAndCallOn() {
        Document d = paragraphs("Ivo Petrov accused the rebels of shelling the market.",
                "The rebel commander, Samir Aziz, denied the accusation.",
                "Petrov urged both sides to return to the talks.",
                "He also called on donors to send food to the valley.");
        assertThat(quoteWith(d, "the rebels of shelling").polarity()).isEqualTo(CuePolarity.ACCUSE);
        Quote denial = quoteWith(d, "the accusation");
        assertThat(denial.polarity()).isEqualTo(CuePolarity.DENY);
        assertThat(denial.speakerLabel()).isEqualTo("Samir Aziz");
        Quote urge = quoteWith(d, "both sides to return");
        assertThat(urge.polarity()).isEqualTo(CuePolarity.URGE);
        Quote callOn = quoteWith(d, "donors to send food");
        assertThat(callOn.polarity()).isEqualTo(CuePolarity.URGE);
        assertThat(cueText(d, callOn)).isEqualTo("called on");
        assertThat(callOn.speakerLabel()).isEqualTo("Ivo Petrov");
    }

    @Test
    void trailingAttributionWithoutMarks() {
        Document d = paragraphs("The army will leave the border region by June, officials said.");
        Quote q = quoteWith(d, "The army will leave");
        assertThat(d.text(q.content())).isEqualTo("The army will leave the border region by June");
        assertThat(speakerText(d, q)).isEqualTo("officials");
        assertThat(q.via()).isEqualTo(Quote.Via.UNNAMED);
    }

    @Test
    void participleSharesItsClausesSpeaker() {
        Document d = paragraphs("Ivo Petrov warned of new attacks, saying that the rebels had regrouped in the hills.");
        Quote q = quoteWith(d, "the rebels had regrouped");
        assertThat(cueText(d, q)).isEqualTo("saying");
        assertThat(q.speakerLabel()).isEqualTo("Ivo Petrov");
    }

    @Test
    void headlineNameColon() {
        Document d = article("t", "Petrov: Army Will Leave The Border By June",
                "Defence Minister Ivo Petrov spoke at the parade on Sunday.");
        Quote q = quoteWith(d, "Army Will Leave");
        assertThat(q.kind()).isEqualTo(QuoteKind.REPORTED);
        assertThat(cueText(d, q)).isEqualTo(":");
        assertThat(q.speakerLabel()).isEqualTo("Ivo Petrov");
    }

    @Test
    void titlesInQuotationMarksAreNotStatements() {
        Document d = paragraphs("The film “Blue Harbour” opened in forty cinemas on Friday.");
        assertThat(d.quotes()).isEmpty();
    }

    @Test
    void descriptionSpeakerUsesTheLinkedPerson() {
        Document d = paragraphs("Defence Minister Ivo Petrov arrived in the port on Monday.",
                "The defence minister said: “The fleet stays here.”");
        Quote q = quoteWith(d, "The fleet stays here");
        assertThat(speakerText(d, q)).isEqualTo("The defence minister");
        assertThat(q.speakerLabel()).isEqualTo("Ivo Petrov");
        assertThat(q.via()).isEqualTo(Quote.Via.DESCRIPTION);
    }

    @Test
    void everySpanLiesInsideTheText() {
        Document d = paragraphs("“A,” he said. “B", "“C.” ' D '' E «F» „G“ ‘H’");
        for (Quote q : d.quotes()) {
            assertThat(q.content().end()).isLessThanOrEqualTo(d.text().length());
            if (q.cue() != null) {
                assertThat(q.cue().end()).isLessThanOrEqualTo(d.text().length());
            }
        }
    }
}
