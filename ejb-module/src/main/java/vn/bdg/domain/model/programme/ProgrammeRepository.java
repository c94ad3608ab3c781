package vn.bdg.domain.model.programme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Programmes, each loaded whole with its catalogue and rounds. */
public interface ProgrammeRepository {

    Optional<Programme> find(long id);

    void store(Programme programme);

    /** Programmes issued by one of the given units, newest year first. */
    List<Programme> issuedBy(Collection<Long> issuerIds);

    /** Published programmes that expect a report from one of the given units, newest year first. */
    List<Programme> publishedFor(Collection<Long> unitIds);

    /** Whether another programme of the year already carries the letter number and symbol. */
    boolean letterTaken(int year, String number, String symbol, Long exceptId);

    /** Whether a programme for {@code year} was already copied from {@code sourceId}. */
    boolean copiedTo(long sourceId, int year);
}
