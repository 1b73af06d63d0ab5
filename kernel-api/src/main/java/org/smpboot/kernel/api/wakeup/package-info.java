/**
 * Waking application processors: the {@link org.smpboot.kernel.api.wakeup.WakeupStrategy} contract,
 * its input and its typed per-processor outcomes.
 */
package org.smpboot.kernel.api.wakeup;
