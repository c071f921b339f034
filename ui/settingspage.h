#pragma once
// Settings: every field writes through to Config as soon as it changes; there is no "Save" to forget.

#include "core/config.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ckx {

class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Config *config, QWidget *parent = nullptr);

    /// Re-reads every field from Config (after a reset, or when shown).
    void reload();
    QLineEdit *dockerHostEdit() const { return m_dockerHost; }

private:
    void bindLine(QLineEdit *edit, Config::Key key);
    void bindSpin(QSpinBox *spin, Config::Key key);
    void bindCombo(QComboBox *combo, Config::Key key);

    Config *m_config;
    QLineEdit *m_dockerHost;
    QSpinBox *m_cpus;
    QSpinBox *m_memory;
    QSpinBox *m_warmPool;
    QComboBox *m_imageSource;
    QLineEdit *m_registry;
    QComboBox *m_mode;
    QSpinBox *m_questionFont;
    QSpinBox *m_terminalFont;
    QComboBox *m_theme;
    QLineEdit *m_server;
    QPlainTextEdit *m_docs;
    QCheckBox *m_recordKeys;
};

} // namespace ckx
