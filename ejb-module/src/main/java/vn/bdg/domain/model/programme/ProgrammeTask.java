package vn.bdg.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import vn.bdg.domain.shared.BusinessException;

/**
 * A task of the guidance letter ("I.2 Tổ chức triển khai Tháng hành động …"), possibly under a parent
 * heading ("I. Các nhiệm vụ chủ yếu"). Reports have one section per task. Part of the {@link Programme}
 * aggregate.
 */
@Entity
@Table(name = "programme_task")
public class ProgrammeTask {

    @Id
    @SequenceGenerator(name = "programme_task_seq", sequenceName = "programme_task_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_task_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private ProgrammeTask parent;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false)
    private int position;

    protected ProgrammeTask() {
    }

    ProgrammeTask(Programme programme, ProgrammeTask parent, String code, String title, String description,
                  int position) {
        if (code == null || !code.trim().matches("[A-Za-z0-9]{1,6}(\\.[A-Za-z0-9]{1,4}){0,3}")) {
            throw new BusinessException("programme.error.taskCodeFormat", code == null ? "" : code.trim());
        }
        this.programme = programme;
        this.parent = parent;
        this.code = code.trim();
        this.position = position;
        describe(title, description);
    }

    void describe(String newTitle, String newDescription) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new BusinessException("programme.error.taskTitleRequired", code);
        }
        title = newTitle.trim();
        description = newDescription == null || newDescription.isBlank() ? null : newDescription.trim();
    }

    ProgrammeTask copyInto(Programme target, ProgrammeTask copiedParent) {
        return new ProgrammeTask(target, copiedParent, code, title, description, position);
    }

    public Long getId() {
        return id;
    }

    public ProgrammeTask getParent() {
        return parent;
    }

    public String getParentCode() {
        return parent == null ? null : parent.getCode();
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }
}
