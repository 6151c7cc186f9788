package org.crosscheck.engine.events;

import org.crosscheck.engine.TestEngine;
import org.crosscheck.engine.doc.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The events stage on articles written for these tests (the full pipeline). */
class EventStageTest {

    private static Event main(Document d) {
        assertThat(d.events()).as("events of " + d.text()).isNotEmpty();
        return d.events().get(0);
    }

    @Test
    void typeNamePlaceDateAndParticipantsOfAMeeting() {
        Document d = TestEngine.analyse("e1", "ALMATY, Kazakhstan \u2013 The foreign ministers of Kyrgyzstan, Tajikistan and "
                + "Belarus met in Astana on 12 March 2025 for the ninth session of the Eurasian Transport Council.\n\n"
                + "The session, attended by envoys from several neighbouring states, agreed on a new rail tariff.");
        Event e = main(d);
        assertThat(e.type()).isEqualTo("meeting");
        assertThat(e.name()).isEqualTo("ninth session of the Eurasian Transport Council");
        // the dateline is where the reporter is, not where the meeting was
        assertThat(e.place().name()).isEqualTo("Astana, Kazakhstan");
        assertThat(d.text(e.place().span())).isEqualTo("Astana");
        assertThat(e.date().value()).isEqualTo("2025-03-12");
        assertThat(e.date().text()).isEqualTo("12 March 2025");
        assertThat(e.participantNames()).contains("Kyrgyzstan", "Tajikistan", "Belarus");
        assertThat(e.participants()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(Event.Participant.DESCRIPTION);
            assertThat(p.name()).isEqualTo("envoys from several neighbouring states");
        });
        assertThat(e.evidence()).hasSize(2);
        assertThat(e.mentions()).extracting(d::text).contains("ninth session of the Eurasian Transport Council", "session");
    }

    @Test
    void meetingsSpokenOfInGeneralAreNoEvent() {
        Document d = TestEngine.analyse("e2", "Bilateral meetings have rarely helped, analysts said. Such talks need "
                + "patience, and international conferences on the river have come and gone.");
        assertThat(d.events()).isEmpty();
    }

    @Test
    void twoRoundsOfTheSameTalksStayApart() {
        Document d = TestEngine.analyse("e3", "The fourth round of the Lake Tana talks took place in Addis Ababa on "
                + "3 May 2023. Delegates recalled that the third round of the Lake Tana talks, held in Khartoum, had failed.");
        assertThat(d.events()).hasSize(2);
        assertThat(d.events()).extracting(Event::name).containsExactlyInAnyOrder(
                "fourth round of the Lake Tana talks", "third round of the Lake Tana talks");
        Event fourth = d.events().stream().filter(e -> e.name().startsWith("fourth")).findFirst().orElseThrow();
        assertThat(fourth.place().city()).isEqualTo("Addis Ababa");
        assertThat(fourth.date().value()).isEqualTo("2023-05-03");
        Event third = d.events().stream().filter(e -> e.name().startsWith("third")).findFirst().orElseThrow();
        assertThat(third.place().city()).isEqualTo("Khartoum");
        assertThat(third.date().value()).isNull();
    }

    @Test
    void theEventOfTheLeadComesFirstAndTheRoundsTheBodyRecallsAfterIt() {
        // the background round is named, placed and dated; the lead's round only says where
        Document d = TestEngine.analyse("e6", "Delegates from the river states ended the second round of the Lake Tana "
                + "talks in Bahir Dar without a deal. They will meet again after the rainy season.\n\n"
                + "Officials said the water levels had fallen all spring.\n\n"
                + "The first round of the Lake Tana talks was held in Khartoum on 3 May 2023, when the "
                + "first round of the Lake Tana talks agreed to share gauge readings.");
        assertThat(d.events()).extracting(Event::name).first().asString().startsWith("second round");
        assertThat(d.events().get(0).ordinal()).isEqualTo(2);
        assertThat(d.events()).extracting(Event::ordinal).contains(1);
    }

    @Test
    void theHostCountryGivesThePlaceAndItsCapitalWhenTheArticleNamesIt() {
        Document d = TestEngine.analyse("e4", "Qatar hosts talks on the ceasefire. Opening the talks, Qatari Prime "
                + "Minister Karim Haddad urged restraint. Officials in Doha said a deal was close.");
        Event e = main(d);
        assertThat(e.type()).isEqualTo("talks");
        assertThat(e.place().name()).isEqualTo("Doha, Qatar");
        assertThat(e.place().span()).isNull();
        assertThat(e.place().evidence()).contains("hosted by Qatar");
        assertThat(e.participantNames()).contains("Karim Haddad", "Qatar");
    }

    @Test
    void aPressConferenceAfterASummitIsAnotherEvent() {
        Document d = TestEngine.analyse("e5", "After the summit of the Danube Commission in Vienna on 2 June 2024, "
                + "the chair told a press conference that the shipping rules would change.");
        List<String> types = d.events().stream().map(Event::type).toList();
        assertThat(types).containsExactlyInAnyOrder("summit", "press_conference");
        Event summit = d.events().stream().filter(e -> e.type().equals("summit")).findFirst().orElseThrow();
        assertThat(summit.place().city()).isEqualTo("Vienna");
        assertThat(summit.date().value()).isEqualTo("2024-06-02");
        assertThat(summit.participantNames()).contains("Danube Commission");
    }
}
