package nl.meldtafel.alert;

/** Asked by a service before it changes anything: may this officer do this? Throws when not. */
@FunctionalInterface
public interface PermissionCheck {

    void require(Actor actor, Permission permission);
}
