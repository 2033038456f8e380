// Text typed into a long note is never lost, and the sign-in session never ends unannounced.
//
// Any <textarea data-draft-key="..."> is saved to the server (the user's own draft, under that key) a few seconds
// after typing starts and again while typing goes on, and when the page is left. When the form page opens and a
// draft exists that differs from the field (and is newer than data-draft-since, an ISO time, if the field has it),
// the page offers to restore it or to discard it. Submitting the form saves the draft first (so nothing typed is
// lost if the session has expired) and sends the keys along, so the server deletes the drafts once the form is
// saved. Nothing is kept in the browser's storage: workstations are shared, and the text may be about a client.
//
// The session: <meta name="session-expires-in"> says how many seconds the sign-in lasts from the page's load. A
// warning with "Continue working" shows a little before it ends; "Continue working" renews the sign-in. Once it has
// ended, a message says so and links to the sign-in page, which returns here (where the draft is offered back).
(function () {
    'use strict';

    var script = document.currentScript;
    var meta = document.querySelector('meta[name="session-expires-in"]');
    if (!script || !meta) {
        return;
    }

    var config = script.dataset;
    var saveDelay = Math.max(1, Number(config.saveSeconds) || 5) * 1000;
    var warnBefore = Math.max(10, Number(config.warnSeconds) || 120) * 1000;
    var sessionEnds = Date.now() + Number(meta.content) * 1000;
    var expired = false;
    var warning = null;
    var expiredBox = null;
    var fields = [];

    function format(text, value) {
        return String(text || '').replace('{0}', value);
    }

    function post(handler, data, keepalive) {
        var body = new URLSearchParams(data || {});
        body.append('__RequestVerificationToken', config.token);
        var url = config.endpoint + (handler ? '?handler=' + handler : '');
        return fetch(url, {
            method: 'POST',
            body: body,
            credentials: 'same-origin',
            keepalive: !!keepalive,
            // Without this header an expired session answers with the sign-in page; with it, 401.
            headers: { 'X-Requested-With': 'XMLHttpRequest' }
        });
    }

    // ---- the session ------------------------------------------------------------------------------------------

    function main() {
        return document.getElementById('main') || document.body;
    }

    function sessionRenewed(secondsLeft) {
        if (typeof secondsLeft === 'number' && secondsLeft > 0) {
            sessionEnds = Date.now() + secondsLeft * 1000;
            expired = false;
            if (expiredBox) {
                expiredBox.remove();
                expiredBox = null;
            }
        }
    }

    function showWarning() {
        if (warning || expired) {
            return;
        }

        warning = document.createElement('div');
        warning.className = 'alert alert-warning sticky-top shadow d-flex flex-wrap align-items-center gap-2';
        warning.id = 'session-warning';
        warning.setAttribute('role', 'alert');
        var text = document.createElement('span');
        text.textContent = format(config.tExpiring, Math.max(1, Math.ceil((sessionEnds - Date.now()) / 60000)));
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'btn btn-sm btn-dark';
        button.id = 'session-continue';
        button.textContent = config.tContinue;
        button.addEventListener('click', continueWork);
        warning.append(text, button);
        main().prepend(warning);
    }

    function hideWarning() {
        if (warning) {
            warning.remove();
            warning = null;
        }
    }

    function continueWork() {
        post('KeepAlive').then(function (response) {
            if (response.status === 401) {
                showExpired();
                return null;
            }

            return response.ok ? response.json() : null;
        }).then(function (result) {
            if (result) {
                sessionRenewed(result.secondsLeft);
                hideWarning();
                announce(config.tContinued);
            }
        }).catch(function () { /* offline: the warning stays, the user can try again */ });
    }

    // After signing in again (in another tab): is the session back? Then the unsaved text is saved at once.
    function recheck() {
        return post('KeepAlive').then(function (response) {
            if (response.status === 401) {
                showExpired();
                return false;
            }

            return response.ok ? response.json().then(function (result) {
                sessionRenewed(result.secondsLeft);
                hideWarning();
                return true;
            }) : true;
        }).catch(function () {
            return true;
        });
    }

    // Shows that the session has ended; moves the focus there only when the user tried to save (not while typing).
    function showExpired(focus) {
        expired = true;
        hideWarning();
        if (expiredBox) {
            if (focus) {
                expiredBox.focus();
            }

            return;
        }

        expiredBox = document.createElement('div');
        expiredBox.className = 'alert alert-danger sticky-top shadow';
        expiredBox.id = 'session-expired';
        expiredBox.setAttribute('role', 'alert');
        expiredBox.tabIndex = -1;
        var text = document.createElement('p');
        text.className = 'mb-2';
        text.textContent = config.tExpired;
        var link = document.createElement('a');
        link.className = 'btn btn-sm btn-danger';
        link.href = config.login;
        link.target = '_blank';
        link.id = 'session-sign-in';
        link.textContent = config.tSignIn;
        expiredBox.append(text, link);
        main().prepend(expiredBox);
        if (focus) {
            expiredBox.focus();
        }
    }

    function tick() {
        var left = sessionEnds - Date.now();
        if (left <= 0) {
            if (!expired) {
                showExpired();
            }
        } else if (left <= warnBefore) {
            showWarning();
        } else {
            hideWarning();
        }
    }

    // A live region for short notices ("session extended"), polite so it does not interrupt typing.
    function announce(text) {
        var region = document.getElementById('session-status');
        if (region) {
            region.textContent = text;
        }
    }

    // ---- the drafts -------------------------------------------------------------------------------------------

    function Field(textarea) {
        this.textarea = textarea;
        this.key = textarea.dataset.draftKey;
        this.saved = textarea.value;
        this.timer = null;
        this.saving = null;
        this.line = document.createElement('div');
        this.line.className = 'form-text draft-status';
        this.line.dataset.draftStatus = this.key;
        textarea.insertAdjacentElement('afterend', this.line);
        textarea.addEventListener('input', this.changed.bind(this));
    }

    Field.prototype.dirty = function () {
        return this.textarea.value !== this.saved;
    };

    Field.prototype.changed = function () {
        if (!this.timer && this.dirty()) {
            this.timer = setTimeout(this.save.bind(this), saveDelay);
        }
    };

    // Saves the text if it changed; resolves to false only when the session has expired.
    Field.prototype.save = function (keepalive) {
        var self = this;
        clearTimeout(self.timer);
        self.timer = null;
        if (!self.dirty()) {
            return Promise.resolve(true);
        }

        if (expired && !keepalive) {
            return Promise.resolve(false);
        }

        var text = self.textarea.value;
        self.saving = post('', { key: self.key, text: text }, keepalive).then(function (response) {
            if (response.status === 401) {
                showExpired();
                return false;
            }

            if (!response.ok) {
                throw new Error(String(response.status));
            }

            return response.json().then(function (result) {
                self.saved = text;
                self.line.textContent = format(config.tSaved, result.time);
                sessionRenewed(result.secondsLeft);
                tick();
                return true;
            });
        }).catch(function () {
            self.line.textContent = config.tNotSaved;
            self.changed();
            return true;
        });
        return self.saving;
    };

    Field.prototype.offer = function () {
        var self = this;
        fetch(config.endpoint + '?key=' + encodeURIComponent(self.key), {
            credentials: 'same-origin',
            headers: { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' }
        }).then(function (response) {
            return response.status === 200 ? response.json() : null;
        }).then(function (draft) {
            var since = self.textarea.dataset.draftSince;
            if (!draft || !draft.text.trim() || draft.text === self.textarea.value
                || (since && new Date(draft.savedAt) <= new Date(since))) {
                return;
            }

            var box = document.createElement('div');
            box.className = 'alert alert-info py-2 mb-2 draft-offer';
            box.dataset.draftOffer = self.key;
            box.setAttribute('role', 'status');
            var intro = document.createElement('p');
            intro.className = 'mb-1';
            intro.textContent = config.tOffer;
            var preview = document.createElement('p');
            preview.className = 'mb-2 small fst-italic text-break draft-preview';
            preview.textContent = draft.text.length > 200 ? draft.text.slice(0, 199) + '…' : draft.text;
            var restore = document.createElement('button');
            restore.type = 'button';
            restore.className = 'btn btn-sm btn-primary me-2';
            restore.dataset.draft = 'restore';
            restore.textContent = format(config.tRestore, draft.time);
            var discard = document.createElement('button');
            discard.type = 'button';
            discard.className = 'btn btn-sm btn-outline-dark';
            discard.dataset.draft = 'discard';
            discard.textContent = config.tDiscard;
            restore.addEventListener('click', function () {
                self.textarea.value = draft.text;
                self.saved = draft.text;
                box.remove();
                self.textarea.focus();
            });
            discard.addEventListener('click', function () {
                post('Discard', { key: self.key }).then(function (response) {
                    if (response.status === 401) {
                        showExpired();
                    } else {
                        box.remove();
                        self.textarea.focus();
                    }
                }).catch(function () { /* offline: the offer stays */ });
            });
            box.append(intro, preview, restore, discard);
            self.textarea.insertAdjacentElement('beforebegin', box);
        }).catch(function () { /* no draft to offer */ });
    };

    function guardForm(form) {
        form.addEventListener('submit', function (event) {
            if (form.dataset.draftSubmitting === 'true') {
                event.preventDefault(); // already on its way
                return;
            }

            var mine = fields.filter(function (f) { return f.textarea.form === form; });
            event.preventDefault();
            var submitter = event.submitter;
            (expired ? recheck() : Promise.resolve(true)).then(function (live) {
                return live ? Promise.all(mine.map(function (f) { return f.save(); })) : [false];
            }).then(function (results) {
                if (results.indexOf(false) >= 0) {
                    showExpired(true); // the text stays on the page; the message says what to do
                    return;
                }

                mine.forEach(function (f) {
                    var input = document.createElement('input');
                    input.type = 'hidden';
                    input.name = '__draftKey';
                    input.value = f.key;
                    form.append(input);
                });
                // submit() (not requestSubmit(): Chromium ignores it after a cancelled submission) sends no submit
                // event and no submitter, so the submitter's name, value and formaction are carried over by hand.
                if (submitter && submitter.name) {
                    var pressed = document.createElement('input');
                    pressed.type = 'hidden';
                    pressed.name = submitter.name;
                    pressed.value = submitter.value;
                    form.append(pressed);
                }

                if (submitter && submitter.hasAttribute('formaction')) {
                    form.action = submitter.formAction;
                }

                form.dataset.draftSubmitting = 'true';
                form.submit();
            });
        });
    }

    function comeBack() {
        recheck().then(function (live) {
            if (live) {
                fields.forEach(function (f) { f.save(); });
            }
        });
    }

    function saveAll() {
        fields.forEach(function (f) {
            if (f.dirty() && !(f.textarea.form && f.textarea.form.dataset.draftSubmitting === 'true')) {
                f.save(true);
            }
        });
    }

    function start() {
        var region = document.createElement('div');
        region.id = 'session-status';
        region.className = 'visually-hidden';
        region.setAttribute('role', 'status');
        document.body.append(region);
        document.querySelectorAll('textarea[data-draft-key]').forEach(function (textarea) {
            var field = new Field(textarea);
            fields.push(field);
            field.offer();
        });
        var forms = [];
        fields.forEach(function (f) {
            if (f.textarea.form && forms.indexOf(f.textarea.form) < 0) {
                forms.push(f.textarea.form);
                guardForm(f.textarea.form);
            }
        });
        window.addEventListener('pagehide', saveAll);
        document.addEventListener('visibilitychange', function () {
            if (document.visibilityState === 'hidden') {
                saveAll();
            } else if (expired) {
                comeBack();
            }
        });
        window.addEventListener('focus', function () {
            if (expired) {
                comeBack();
            }
        });
        tick();
        setInterval(tick, 1000);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
