/**
 * The contract between kernel boot code and a processor that starts executing it: the AP boot
 * image format and the kernel's AP entry point.
 */
package org.smpboot.kernel.api.boot;
