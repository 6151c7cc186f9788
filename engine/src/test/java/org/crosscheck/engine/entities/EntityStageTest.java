package org.crosscheck.engine.entities;

import org.crosscheck.engine.TestEngine;
import org.crosscheck.engine.doc.Document;
import org.crosscheck.engine.doc.EntityType;
import org.crosscheck.engine.doc.LocalEntity;
import org.crosscheck.engine.doc.Mention;
import org.crosscheck.engine.doc.MentionKind;
import org.crosscheck.engine.doc.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The entities stage on sentences written for these tests (the full pipeline up to entities). */
class EntityStageTest {

    private static LocalEntity entityNamed(Document d, String name) {
        return d.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + d.entities().stream().map(LocalEntity::name).toList()));
    }

    private static List<String> mentionTexts(Document d, LocalEntity e) {
        return e.mentions().stream().map(i -> d.mentions().get(i).text()).toList();
    }

    @Test
    void aTitleBeforeTheNameIsItsRoleAndTheSurnameJoinsTheFullName() {
        Document d = TestEngine.analyse("t1", "Norwegian Trade Minister Ingrid Dahlberg arrived in Nairobi on Monday. "
                + "Dahlberg said the visit would focus on fisheries.");
        LocalEntity e = entityNamed(d, "Ingrid Dahlberg");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(mentionTexts(d, e)).contains("Ingrid Dahlberg", "Dahlberg");
        Role r = e.roles().get(0);
        assertThat(r.title()).isEqualTo("trade minister");
        assertThat(r.affiliation()).isEqualTo("Norwegian");
        assertThat(d.text(r.span())).isEqualTo("Norwegian Trade Minister");
    }

    @Test
    void anAppositionGivesTheRoleWithItsAffiliation() {
        Document d = TestEngine.analyse("t2", "Tomas Hradil, the spokesperson for the European Commission, told reporters "
                + "that the proposal was ready. Marta Okonjo, a water policy expert, disagreed.");
        Role spokes = entityNamed(d, "Tomas Hradil").roles().get(0);
        assertThat(spokes.title()).isEqualTo("spokesperson");
        assertThat(spokes.affiliation()).isEqualTo("European Commission");
        Role expert = entityNamed(d, "Marta Okonjo").roles().get(0);
        assertThat(expert.title()).isEqualTo("expert");
        assertThat(expert.text()).isEqualTo("a water policy expert");
    }

    @Test
    void aDescriptionOfAnOfficeLinksToThePersonHoldingIt() {
        Document d = TestEngine.analyse("t3", "Chilean Foreign Minister Pablo Estrada met his Peruvian counterpart in Lima. "
                + "The Chilean top diplomat said both sides wanted a deal.");
        LocalEntity e = entityNamed(d, "Pablo Estrada");
        assertThat(mentionTexts(d, e)).anyMatch(t -> t.equalsIgnoreCase("The Chilean top diplomat"));
        Mention desc = d.mentions().stream().filter(m -> m.kind() == MentionKind.DESCRIPTION).findFirst().orElseThrow();
        assertThat(desc.entity()).isEqualTo(e.id());
    }

    @Test
    void anUnnamedSourceIsItsOwnEntityNotTheNearestName() {
        Document d = TestEngine.analyse("t4", "Mayor Elena Vasquez opened the bridge on Sunday. "
                + "A local resident, who asked not to be named, said the works had taken too long.");
        Mention resident = d.mentions().stream().filter(m -> m.text().toLowerCase().contains("resident")).findFirst().orElseThrow();
        LocalEntity vasquez = entityNamed(d, "Elena Vasquez");
        assertThat(resident.entity()).isNotEqualTo(vasquez.id());
        assertThat(resident.kind()).isEqualTo(MentionKind.DESCRIPTION);
    }

    @Test
    void anAcronymDefinedInParenthesesJoinsItsLongForm() {
        Document d = TestEngine.analyse("t5", "Ministers of the Baltic Energy Cooperation Council (BECC) met in Riga. "
                + "The BECC will meet again in the autumn.");
        Mention acr = d.mentions().stream().filter(m -> m.text().equals("BECC")).reduce((a, b) -> b).orElseThrow();
        LocalEntity e = d.entities().get(acr.entity());
        assertThat(mentionTexts(d, e)).anyMatch(t -> t.contains("Baltic Energy Cooperation Council"));
    }

    @Test
    void allSpansNameTheirText() {
        Document d = TestEngine.analyse("t6", "Kenyan President Amina Wanjiru and Ghana's Finance Minister Kofi Mensah "
                + "signed the accord in Accra on Friday, according to the African Union.");
        for (Mention m : d.mentions()) {
            assertThat(d.text(m.span())).isEqualTo(m.text());
            assertThat(m.entity()).isBetween(0, d.entities().size() - 1);
        }
        for (LocalEntity e : d.entities()) {
            for (Role r : e.roles()) {
                assertThat(d.text(r.span())).isEqualTo(r.text());
            }
        }
    }
}
