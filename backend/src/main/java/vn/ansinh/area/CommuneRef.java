package vn.ansinh.area;

/** A commune as other features keep it: its code, name and the province it belongs to. */
public record CommuneRef(String code, String name, String provinceCode) {
}
