package vn.bdg.domain.model.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Something one person should know, shown in the application until they have read it. It keeps a
 * {@link NoticeTopic} and its arguments rather than a sentence, so each reader sees it in their own
 * language.
 */
@Entity
@Table(name = "notice")
public class Notice {

    private static final String SEPARATOR = "\u001f";

    @Id
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private NoticeTopic topic;

    @Column(nullable = false, length = 1000, updatable = false)
    private String arguments;

    @Column(length = 300, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    public Notice(long accountId, NoticeTopic topic, List<String> arguments, String link, Instant createdAt) {
        this.accountId = accountId;
        this.topic = topic;
        this.arguments = String.join(SEPARATOR, arguments);
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public NoticeTopic getTopic() {
        return topic;
    }

    public List<String> getArguments() {
        return arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
