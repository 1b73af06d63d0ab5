/**
 * Platform backends as plugins: the {@link org.smpboot.kernel.api.platform.Platform} a kernel
 * runs on and the {@link org.smpboot.kernel.api.platform.PlatformProvider} service-provider
 * interface that makes one available.
 */
package org.smpboot.kernel.api.platform;
