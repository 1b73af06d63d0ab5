package org.smpboot.kernel.api.hw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The forwarding bases pass every operation, default methods included, to what they wrap. */
class ForwardingTests {

    /** {@return a proxy of {@code type} that records the methods called on it} */
    private static <T> T recording(Class<T> type, List<Method> calls) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            calls.add(method);
            return zero(method.getReturnType());
        }));
    }

    /** {@return the zero of a type, boxed as the type's wrapper (null for references)} */
    private static Object zero(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return null;
    }

    private static Object[] arguments(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(ForwardingTests::zero).toArray();
    }

    private static Stream<Method> methodsOf(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(method -> !Modifier.isStatic(method.getModifiers()));
    }

    @Nested
    class Ports {

        static Stream<Method> methods() {
            return methodsOf(HardwarePort.class);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("methods")
        void everyOperationReachesTheWrappedPort(Method method) throws ReflectiveOperationException {
            List<Method> calls = new ArrayList<>();
            HardwarePort forwarding = new ForwardingHardwarePort(recording(HardwarePort.class, calls)) { };
            method.invoke(forwarding, arguments(method));
            assertEquals(List.of(method), calls);
        }
    }

    @Nested
    class Memory {

        static Stream<Method> methods() {
            return methodsOf(PhysicalMemory.class);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("methods")
        void everyAccessReachesTheWrappedMemory(Method method) throws ReflectiveOperationException {
            List<Method> calls = new ArrayList<>();
            PhysicalMemory forwarding = new ForwardingPhysicalMemory(recording(PhysicalMemory.class, calls)) { };
            method.invoke(forwarding, arguments(method));
            assertEquals(List.of(method), calls);
        }
    }
}
