// placeholder translation unit until the server library lands (issue 7)
namespace ckx::server {
int serverLibraryAnchor = 0;
}
