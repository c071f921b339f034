// runtime module anchor until runtime code lands (issue 3)
namespace ckx { int runtimeLibraryAnchor = 0; }
