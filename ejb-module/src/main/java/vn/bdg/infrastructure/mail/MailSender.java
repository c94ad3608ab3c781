package vn.bdg.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.bdg.application.BusinessClock;
import vn.bdg.domain.model.notice.OutgoingMail;

/**
 * Hands one queued mail to the application server's mail session ({@code mail/bdg}). The mail's row
 * is locked for the attempt, so two dispatch runs never send it twice; it is marked sent in the same
 * transaction.
 */
@Stateless
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "mail/bdg")
    private Session session;

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Inject
    private BusinessClock clock;

    /** True when the mail went out now; false when it was sent already or failed (and will be retried). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long mailId) {
        OutgoingMail mail = em.find(OutgoingMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.getSentAt() != null || mail.isGivenUp()) {
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom();
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
            message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
            message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            Transport.send(message);
            mail.sent(clock.now());
            return true;
        } catch (MessagingException | RuntimeException e) {
            mail.failed(e.getMessage(), clock.now());
            LOG.log(Level.WARNING, "Mail {0} to {1} not sent (attempt {2}): {3}",
                    new Object[] {mail.getId(), mail.getRecipient(), mail.getAttempts(), e.getMessage()});
            return false;
        }
    }
}
