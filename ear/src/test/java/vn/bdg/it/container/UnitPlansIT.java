package vn.bdg.it.container;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.application.OrgService;
import vn.bdg.application.evidence.EvidenceService;
import vn.bdg.application.plan.ActivityForm;
import vn.bdg.application.plan.PlanService;
import vn.bdg.application.plan.PlanStanding;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.domain.model.evidence.Attachment;
import vn.bdg.domain.model.evidence.EvidenceType;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.plan.UnitPlan;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.PostgresqlAvailable;

/**
 * A school's plan for a programme of its own through the real services, on H2 and PostgreSQL: drafted by
 * its editor, issued by its head, versioned, with evidence files; seen by the Sở and not by another district.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@ExtendWith(ArquillianExtension.class)
class UnitPlansIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(UnitPlansIT.class);
    }

    @Inject
    PlanService plans;

    @Inject
    EvidenceService evidence;

    @Inject
    ProgrammeService programmes;

    @Inject
    OrgService org;

    @Inject
    AuthenticationService authentication;

    private Actor actor(String username) {
        return authentication.actor(username).orElseThrow();
    }

    private static ActivityForm talk() {
        ActivityForm form = new ActivityForm();
        form.setTaskCode("I.1");
        form.setTitle("Nói chuyện chuyên đề Luật Bình đẳng giới");
        form.setTargetGroup("Học sinh khối 10");
        form.setPlannedFrom(LocalDate.of(2020, 4, 6));
        form.setPlannedTo(LocalDate.of(2020, 4, 6));
        form.setResponsible("Bí thư Đoàn trường");
        form.setBudget(new BigDecimal("2000000"));
        form.addTarget();
        form.getTargets().get(0).setIndicatorCode("BDG-19");
        form.getTargets().get(0).setValue(new BigDecimal("600"));
        return form;
    }

    @Test
    void theEditorDraftsTheHeadIssuesAndTheSoSeesItWhileAnotherDistrictCannot() {
        Actor editor = actor("thpt.ngoquyen");
        Actor head = actor("hieutruong.ngoquyen");
        long programmeId = TestProgrammes.published(programmes, actor("so.ctrtt"), TestProgrammes.someYear());
        OrgUnit school = org.unitByCode(editor, "THPT-NGOQUYEN");

        long draftId = plans.draft(editor, programmeId, school.getId());
        assertEquals(draftId, plans.draft(editor, programmeId, school.getId()), "the open draft is reused");
        plans.describe(editor, draftId, "15/KH-THPTNQ", LocalDate.of(2020, 3, 25));
        plans.addActivity(editor, draftId, talk());
        assertThrows(AccessDeniedException.class, () -> plans.issue(editor, draftId), "only the head issues");
        assertThrows(AccessDeniedException.class, () -> plans.addActivity(head, draftId, talk()),
                "the head does not edit");
        plans.issue(head, draftId);

        List<UnitPlan> versions = plans.versions(editor, programmeId, school.getId());
        assertEquals(1, versions.size());
        assertTrue(versions.get(0).isIssued());
        assertEquals("15/KH-THPTNQ", versions.get(0).getDocumentNumber());
        assertEquals("BDG-19", versions.get(0).getActivities().get(0).getTargets().get(0).getIndicatorCode());
        BusinessException refusal = assertThrows(BusinessException.class, () -> plans.addActivity(editor, draftId, talk()));
        assertEquals("plan.error.issued", refusal.getMessageKey());

        long secondId = plans.draft(editor, programmeId, school.getId());
        List<UnitPlan> history = plans.versions(editor, programmeId, school.getId());
        assertEquals(2, history.get(0).getPlanVersion());
        assertEquals(secondId, history.get(0).getId());
        assertEquals(1, history.get(0).getActivities().size());
        assertNull(history.get(0).getDocumentNumber());

        Actor so = actor("so.ctrtt");
        PlanStanding standing = plans.standings(so, programmeId).stream()
                .filter(s -> s.getUnit().getId().equals(school.getId())).findFirst().orElseThrow();
        assertEquals(1, standing.getIssued().getPlanVersion());
        assertEquals(2, standing.getDraft().getPlanVersion());
        assertTrue(plans.standings(so, programmeId).stream().filter(s -> !s.isIssuedAny()).count() >= 56,
                "the other THPT schools have not issued a plan");

        long activityId = history.get(0).getActivities().get(0).getId();
        byte[] pdf = "%PDF-1.4\n% biên bản buổi nói chuyện".getBytes(StandardCharsets.UTF_8);
        Attachment attached = evidence.attachToActivity(editor, secondId, activityId, "bien-ban.pdf", pdf);
        assertEquals(EvidenceType.PDF, attached.getType());
        BusinessException fake = assertThrows(BusinessException.class, () -> evidence.attachToActivity(editor, secondId,
                activityId, "anh.png", "<html></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("evidence.error.type", fake.getMessageKey());
        assertThrows(AccessDeniedException.class,
                () -> evidence.attachToActivity(head, secondId, activityId, "bien-ban.pdf", pdf));
        assertEquals(1, evidence.ofPlan(editor, secondId).get(activityId).size());
        assertArrayEquals(pdf, evidence.download(so, attached.getId()).content());

        Actor otherDistrict = actor("phong.lechan");
        assertThrows(NotFoundException.class, () -> evidence.download(otherDistrict, attached.getId()),
                "a file of another unit does not exist for Lê Chân, whatever id is asked for");
        assertThrows(NotFoundException.class, () -> evidence.ofPlan(otherDistrict, secondId));
        assertThrows(NotFoundException.class, () -> plans.versions(otherDistrict, programmeId, school.getId()));
        assertThrows(NotFoundException.class, () -> plans.describe(otherDistrict, secondId, "1/KH", null));
        assertThrows(NotFoundException.class, () -> plans.standings(otherDistrict, programmeId),
                "the programme expects none of Lê Chân's units");
    }
}
