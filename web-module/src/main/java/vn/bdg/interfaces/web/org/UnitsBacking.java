package vn.bdg.interfaces.web.org;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.OrgService;
import vn.bdg.application.UnitForm;
import vn.bdg.application.UnitNode;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitDescription;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/**
 * The organisation tree page: a lazily expanded tree of what the person may see on a chosen day, a
 * diacritic-insensitive search, the selected unit's details, and — for a SYS_ADMIN of that subtree —
 * create, edit, close and move.
 */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrgService orgService;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    @Inject
    private BusinessClock clock;

    private LocalDate day;
    private TreeNode<UnitNode> root;
    private TreeNode<UnitNode> selectedNode;
    private OrgUnit selected;
    private boolean manageable;

    private String query;
    private List<UnitNode> results = List.of();

    private final UnitEditForm form = new UnitEditForm();
    private LocalDate closeOn;
    private String closeReason;
    private String moveParentCode;
    private LocalDate moveFrom;

    @PostConstruct
    void init() {
        day = clock.today();
        buildTree();
    }

    public void buildTree() {
        if (day == null) {
            day = clock.today();
        }
        root = new DefaultTreeNode<>();
        for (UnitNode unit : orgService.roots(session.actor(), day)) {
            TreeNode<UnitNode> node = lazyNode(unit);
            node.setParent(root);
            root.getChildren().add(node);
            node.setExpanded(false);
        }
        if (root.getChildCount() == 1) {
            root.getChildren().get(0).setExpanded(true);
        }
    }

    private TreeNode<UnitNode> lazyNode(UnitNode unit) {
        LocalDate shownDay = day;
        return new LazyDefaultTreeNode<>(unit,
                parent -> orgService.children(session.actor(), parent.id(), shownDay),
                UnitNode::isLeaf);
    }

    public void onSelect(NodeSelectEvent event) {
        @SuppressWarnings("unchecked")
        UnitNode unit = ((TreeNode<UnitNode>) event.getTreeNode()).getData();
        select(unit.id());
    }

    public void select(long unitId) {
        Guarded.run(feedback, () -> {
            selected = orgService.unit(session.actor(), unitId);
            manageable = orgService.canManage(session.actor(), unitId);
        });
    }

    public void search() {
        results = orgService.search(session.actor(), query == null ? "" : query, day);
        if (results.isEmpty() && query != null && !query.isBlank()) {
            feedback.info("org.search.none");
        }
    }

    public void prepareCreate() {
        form.clear();
        form.setValidFrom(clock.today());
    }

    public void create() {
        OrgUnit parent = selected;
        Guarded.run(feedback, () -> {
            OrgUnit unit = orgService.create(session.actor(), parent.getId(), new UnitForm(form.getCode(),
                    form.getType(), form.description(), form.getValidFrom()));
            feedback.info("org.created", unit.getName());
            buildTree();
            select(unit.getId());
        });
    }

    public void prepareEdit() {
        form.load(selected);
    }

    public void edit() {
        Guarded.run(feedback, () -> {
            selected = orgService.edit(session.actor(), selected.getId(), selected.getVersion(), form.getType(),
                    form.description());
            feedback.info("org.saved");
            buildTree();
        });
    }

    public void prepareClose() {
        closeOn = clock.today();
        closeReason = null;
    }

    public void close() {
        Guarded.run(feedback, () -> {
            selected = orgService.close(session.actor(), selected.getId(), selected.getVersion(), closeOn,
                    closeReason == null ? "" : closeReason);
            feedback.info("org.closed", selected.getName());
            buildTree();
        });
    }

    public void prepareMove() {
        moveParentCode = null;
        moveFrom = clock.today();
    }

    public void move() {
        Guarded.run(feedback, () -> {
            OrgUnit parent = orgService.unitByCode(session.actor(), moveParentCode == null ? "" : moveParentCode);
            selected = orgService.move(session.actor(), selected.getId(), selected.getVersion(), parent.getId(),
                    moveFrom);
            feedback.info("org.moved", selected.getName(), parent.getName());
            buildTree();
        });
    }

    public TreeNode<UnitNode> getRoot() {
        return root;
    }

    public TreeNode<UnitNode> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<UnitNode> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public OrgUnit getSelected() {
        return selected;
    }

    public boolean isManageable() {
        return manageable;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<UnitNode> getResults() {
        return results;
    }

    public UnitEditForm getForm() {
        return form;
    }

    public LocalDate getCloseOn() {
        return closeOn;
    }

    public void setCloseOn(LocalDate closeOn) {
        this.closeOn = closeOn;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }

    public String getMoveParentCode() {
        return moveParentCode;
    }

    public void setMoveParentCode(String moveParentCode) {
        this.moveParentCode = moveParentCode;
    }

    public LocalDate getMoveFrom() {
        return moveFrom;
    }

    public void setMoveFrom(LocalDate moveFrom) {
        this.moveFrom = moveFrom;
    }

    /** The fields of the create and edit dialogs. */
    public static class UnitEditForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private UnitType type;
        private String name;
        private String shortName;
        private String symbol;
        private String address;
        private String email;
        private LocalDate validFrom;

        void clear() {
            code = null;
            type = null;
            name = null;
            shortName = null;
            symbol = null;
            address = null;
            email = null;
        }

        void load(OrgUnit unit) {
            code = unit.getCode();
            type = unit.getType();
            UnitDescription d = unit.getDescription();
            name = d.getName();
            shortName = d.getShortName();
            symbol = d.getSymbol();
            address = d.getAddress();
            email = d.getEmail();
            validFrom = unit.getValidity().getValidFrom();
        }

        UnitDescription description() {
            return new UnitDescription(name, shortName, symbol, address, email);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT);
        }

        public UnitType getType() {
            return type;
        }

        public void setType(UnitType type) {
            this.type = type;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getShortName() {
            return shortName;
        }

        public void setShortName(String shortName) {
            this.shortName = shortName;
        }

        public String getSymbol() {
            return symbol;
        }

        public void setSymbol(String symbol) {
            this.symbol = symbol;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
        }
    }
}
