package vn.ansinh.person;

/** A value object refused its input; {@code code} is the stable field error code. */
public class InvalidValue extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    public InvalidValue(String code, Object... args) {
        super(code, null, false, false);
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}
