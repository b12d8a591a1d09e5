package nl.meldtafel.alert;

/**
 * The officers who can sit at the desk. Registering an existing personnel number renames that officer;
 * alerts sent before keep the name they were sent under. Calls may block.
 */
public interface OfficerService extends OfficerRepository {
}
