#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// File › Subscribe: asks for a feed's address (or a web page that names its feed) and a folder.
// It stays open while the address is looked at, showing what went wrong if no feed is there; the
// looking is done by whoever listens to subscribeRequested.
class SubscribeDialog : public QDialog
{
    Q_OBJECT

public:
    // folders: id and name of each folder the subscription may go into.
    SubscribeDialog(const QList<QPair<qint64, QString>> &folders, qint64 folder, QWidget *parent = nullptr);

    void setAddress(const QString &address);
    QLineEdit *addressEdit() const { return m_address; }
    // The address could not be subscribed to: says why, and lets the reader try again.
    void showError(const QString &reason);

    void accept() override;

signals:
    void subscribeRequested(const QUrl &address, qint64 folder);

private:
    void setBusy(bool busy);

    QLineEdit *m_address;
    QComboBox *m_folder;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};
