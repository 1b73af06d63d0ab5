/**
 * Implementation helpers shared by this module's packages; not exported.
 */
package org.smpboot.acpi.internal;
