package org.smpboot.fuzz.records;

import org.smpboot.fuzz.Finding;

/**
 * The value contract of a record: two records that should be equal are, both ways, with equal
 * hash codes and equal text; two that should differ are unequal both ways. Records that hold
 * arrays write {@code equals}, {@code hashCode} and {@code toString} by hand, so this is checked,
 * not assumed.
 */
final class Equality {

    private Equality() {
    }

    /** Checks that {@code a} and {@code b} are the same value. */
    static void same(String what, Object a, Object b) {
        if (!a.equals(b) || !b.equals(a) || a.hashCode() != b.hashCode() || !a.toString().equals(b.toString())) {
            throw Finding.of("%s: %s and %s should be equal (equals %s/%s, hashCode %d/%d)", what, a, b, a.equals(b),
                    b.equals(a), a.hashCode(), b.hashCode());
        }
        if (a.equals(null) || a.equals(new Object())) {
            throw Finding.of("%s: %s equals null or a plain object", what, a);
        }
    }

    /** Checks that {@code a} and {@code b} are different values. */
    static void different(String what, Object a, Object b) {
        if (a.equals(b) || b.equals(a)) {
            throw Finding.of("%s: %s and %s should differ", what, a, b);
        }
    }
}
