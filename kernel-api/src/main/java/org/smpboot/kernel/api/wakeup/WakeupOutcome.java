package org.smpboot.kernel.api.wakeup;

import java.util.Objects;
import org.smpboot.kernel.api.apic.ErrorStatus;

/**
 * What became of the attempt to wake one application processor: the strategy's side of the story.
 * Whether the processor then reached the kernel is the bring-up's to observe.
 */
public sealed interface WakeupOutcome {

    /** {@return whether the wake-up message left without an error the strategy could see} */
    boolean kicked();

    /** {@return one line for logs and reports} */
    String describe();

    /**
     * The wake-up messages (INIT, Start-Up) were sent and no error was reported. An xAPIC broadcast
     * cannot tell one target from another, so every target of a broadcast gets this.
     *
     * @param atTsc the TSC when the last message was sent
     */
    record Sent(long atTsc) implements WakeupOutcome {
        @Override
        public boolean kicked() {
            return true;
        }

        @Override
        public String describe() {
            return "wake-up IPIs sent";
        }
    }

    /**
     * The firmware acknowledged the mailbox wakeup command for this processor.
     *
     * @param atTsc the TSC when the acknowledgement was seen
     */
    record Acknowledged(long atTsc) implements WakeupOutcome {
        @Override
        public boolean kicked() {
            return true;
        }

        @Override
        public String describe() {
            return "mailbox wakeup acknowledged";
        }
    }

    /**
     * The firmware did not acknowledge the mailbox command within the bound.
     *
     * @param waitedCycles how long the strategy waited, in TSC cycles
     */
    record NotAcknowledged(long waitedCycles) implements WakeupOutcome {
        @Override
        public boolean kicked() {
            return false;
        }

        @Override
        public String describe() {
            return "mailbox wakeup not acknowledged after %d cycles".formatted(waitedCycles);
        }
    }

    /**
     * The local APIC reported errors after a step of the IPI sequence.
     *
     * @param step   the step, e.g. "INIT assert" or "Start-Up #1"
     * @param errors the error status read after it
     */
    record DeliveryFailed(String step, ErrorStatus errors) implements WakeupOutcome {
        /** Validates that both parts are present. */
        public DeliveryFailed {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(errors, "errors");
        }

        @Override
        public boolean kicked() {
            return false;
        }

        @Override
        public String describe() {
            return "%s failed: %s".formatted(step, errors);
        }
    }

    /**
     * The local APIC stayed busy (ICR delivery status pending) past the bound after a step.
     *
     * @param step         the step
     * @param waitedCycles how long the strategy waited, in TSC cycles
     */
    record DeliveryTimedOut(String step, long waitedCycles) implements WakeupOutcome {
        /** Validates that the step is named. */
        public DeliveryTimedOut {
            Objects.requireNonNull(step, "step");
        }

        @Override
        public boolean kicked() {
            return false;
        }

        @Override
        public String describe() {
            return "%s: delivery still pending after %d cycles".formatted(step, waitedCycles);
        }
    }

    /**
     * The strategy could not even try: the processor cannot be addressed this way, or the
     * platform's wake-up mechanism is missing or unsafe to use.
     *
     * @param reason why, naming the rule or the firmware defect
     */
    record Refused(String reason) implements WakeupOutcome {
        /** Validates that the reason is given. */
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean kicked() {
            return false;
        }

        @Override
        public String describe() {
            return "refused: " + reason;
        }
    }
}
