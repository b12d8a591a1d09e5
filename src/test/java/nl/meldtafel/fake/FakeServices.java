package nl.meldtafel.fake;

import java.time.Clock;

/** The desk's services as fakes, wired to one another as the store wires the stored ones: what a view test mounts. */
public final class FakeServices {

    public final FakeAlertService alerts;
    public final FakeOfficerService officers;
    public final FakeGroupRegister register;
    public final FakePasteChecklist checklist;
    public final FakeRetentionService retention;

    public FakeServices(Clock clock) {
        alerts = new FakeAlertService(clock);
        officers = new FakeOfficerService();
        alerts.useOfficers(officers::find);
        register = new FakeGroupRegister(alerts, clock);
        checklist = new FakePasteChecklist(alerts, register, clock);
        retention = new FakeRetentionService(alerts, officers, clock);
    }
}
