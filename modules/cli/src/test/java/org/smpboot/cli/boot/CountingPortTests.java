package org.smpboot.cli.boot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smpboot.kernel.api.hw.HardwarePort;

/**
 * The pass-through port must hide nothing of the machine's: every method, the interface's default
 * ones included, is implemented by a class (it or the forwarding base), none left to a default.
 */
class CountingPortTests {

    @Test
    void everyHardwarePortMethodIsDelegatedIncludingTheDefaultOnes() throws NoSuchMethodException {
        List<Method> methods = Arrays.stream(HardwarePort.class.getMethods())
                .filter(method -> !Modifier.isStatic(method.getModifiers())).toList();
        for (Method method : methods) {
            Method implementation = CountingPort.class.getMethod(method.getName(), method.getParameterTypes());
            assertFalse(implementation.getDeclaringClass().isInterface(), method.toString());
        }
        assertTrue(methods.size() >= 14, methods.toString());
    }
}
