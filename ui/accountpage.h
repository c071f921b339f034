#pragma once
// The Account page: sign in or create an account, the pass types with their prices, the learner's passes (bought,
// active with a live countdown, expired), Activate, and Buy (Stripe Checkout in the system browser, then polling
// billing/verify with backoff and whenever the window comes back to the front).

#include "core/api/types.h"

#include <QJsonObject>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace ckx {

class AccountClient;

class AccountPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccountPage(AccountClient *client, QWidget *parent = nullptr);

    /// Where "Buy" sends the learner (QDesktopServices::openUrl by default; tests watch it instead).
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    /// Reads pass types and passes again (also runs on sign-in and when a checkout completes).
    void refresh();
    /// Asks billing/verify about the checkout in progress now (the window came back to the front).
    void pollCheckout();
    QString pendingCheckout() const { return m_checkoutId; }
    api::AccessStatus access() const { return m_access; }

Q_SIGNALS:
    /// After every refresh: whether a pass is active and for how long (the catalog's lock and header).
    void accessChanged(const ckx::api::AccessStatus &status);
    void message(const QString &text);

private:
    void showMessage(const QString &text, bool error = false);
    void signIn(bool create);
    void buy(const QString &passTypeId);
    void activateSelected();
    void schedulePoll();
    void tick();
    void fillPasses();

    AccountClient *m_client;
    std::function<void(const QUrl &)> m_openUrl;
    QStackedWidget *m_stack;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_name;
    QPushButton *m_signIn;
    QPushButton *m_create;
    QLabel *m_user;
    QLabel *m_message;
    QTreeWidget *m_types;
    QTreeWidget *m_passes;
    QPushButton *m_activate;
    QTimer m_countdown;
    QTimer m_poll;

    QList<api::PassType> m_passTypes;
    QList<api::AccessPass> m_passList;
    qint64 m_passesReadAt = 0; ///< local seconds when m_passList was read (the countdown runs from there)
    api::AccessStatus m_access;
    QString m_checkoutId;
    QString m_checkoutKey; ///< Idempotency-Key of the Buy in progress: a second click buys the same session
    QString m_checkoutType;
    int m_pollTries = 0;
    bool m_buying = false;
};

} // namespace ckx
