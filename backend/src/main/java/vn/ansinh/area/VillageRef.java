package vn.ansinh.area;

import java.util.UUID;

/** A village as other features need it: where it is and what it is called. */
public record VillageRef(UUID id, String provinceCode, String communeCode, String name) {
}
