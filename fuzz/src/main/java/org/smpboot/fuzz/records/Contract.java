package org.smpboot.fuzz.records;

import java.util.function.Supplier;
import org.smpboot.fuzz.Finding;

/**
 * The oracle every constructor and builder call of the records target shares: the call succeeds
 * exactly when its arguments lie in the documented domain, and otherwise throws the documented
 * exception: {@link IllegalArgumentException} for a value out of range, {@link NullPointerException}
 * only when a {@code null} was passed. Anything else that escapes is a finding, and so is a value
 * accepted outside its domain or refused inside it.
 */
final class Contract {

    private Contract() {
    }

    /**
     * {@return what {@code call} made, or {@code null} when it refused as documented}
     *
     * @param what      the call, for the finding's message
     * @param inDomain  whether the non-null arguments lie in the documented domain
     * @param nullGiven whether an object argument was {@code null}: the call must refuse, with a
     *                  {@link NullPointerException} when {@code inDomain}, else with either exception
     */
    static <T> T call(String what, boolean inDomain, boolean nullGiven, Supplier<T> call) {
        T made;
        try {
            made = call.get();
        } catch (IllegalArgumentException refused) {
            if (inDomain) {
                String how = nullGiven ? "with IllegalArgumentException instead of NullPointerException" : "in its domain";
                throw refusal(what, how, refused);
            }
            return null;
        } catch (NullPointerException refused) {
            if (!nullGiven) {
                throw Finding.undocumented(what + " without a null argument", refused);
            }
            return null;
        } catch (RuntimeException escaped) {
            throw Finding.undocumented(what, escaped);
        }
        if (!inDomain || nullGiven) {
            throw Finding.of("%s accepted arguments outside its documented domain%s: %s", what,
                    nullGiven ? " (a null)" : "", made);
        }
        return made;
    }

    /** {@return what {@code call} made, or {@code null} when it refused}: for calls without object arguments. */
    static <T> T call(String what, boolean inDomain, Supplier<T> call) {
        return call(what, inDomain, false, call);
    }

    private static Finding refusal(String what, String how, RuntimeException refused) {
        Finding finding = Finding.of("%s refused %s: %s", what, how, refused.getMessage());
        finding.initCause(refused);
        return finding;
    }
}
