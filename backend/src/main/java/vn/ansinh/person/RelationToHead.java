package vn.ansinh.person;

/** A household member's relation to the head of the household (quan hệ với chủ hộ). */
public enum RelationToHead {
    HEAD, SPOUSE, CHILD, PARENT, GRANDCHILD, GRANDPARENT, SIBLING, OTHER_RELATIVE, OTHER
}
