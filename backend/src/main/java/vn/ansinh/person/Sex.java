package vn.ansinh.person;

public enum Sex {
    MALE, FEMALE
}
