// The attendance register, fast with the keyboard: in a member's status (a radio group) one key sets the status:
// P present, N absent (nav), A excused (attaisnots; the cursor moves to the reason), L late (and present).
// After P or N the cursor moves on to the next member. Enter in a reason or note moves to the next member instead of
// saving half a register. A status other than present clears "late". Without this script the form works the same
// with Tab, the arrow keys and the space bar; the server checks everything.
(function () {
    'use strict';

    var form = document.querySelector('form[data-attendance-register]');
    if (!form) {
        return;
    }

    var keys = { p: 'Present', n: 'Absent', a: 'Excused' };
    var groups = Array.prototype.slice.call(form.querySelectorAll('fieldset.attendance-status'));

    function focusGroup(index) {
        var group = groups[index];
        if (!group) {
            var save = form.querySelector('[data-save]');
            if (save) {
                save.focus();
            }
            return;
        }
        var target = group.querySelector('input:checked') || group.querySelector('input[type=radio]');
        target.focus();
    }

    function choose(group, value) {
        var radio = group.querySelector('input[type=radio][value="' + value + '"]');
        if (radio) {
            radio.checked = true;
            radio.dispatchEvent(new Event('change', { bubbles: true }));
        }
        return radio;
    }

    groups.forEach(function (group, index) {
        var row = group.closest('tr');
        group.addEventListener('keydown', function (event) {
            if (event.altKey || event.ctrlKey || event.metaKey) {
                return;
            }
            var key = (event.key || '').toLowerCase();
            if (keys[key]) {
                event.preventDefault();
                choose(group, keys[key]);
                if (keys[key] === 'Excused') {
                    row.querySelector('[data-reason]').focus();
                } else {
                    focusGroup(index + 1);
                }
            } else if (key === 'l') {
                event.preventDefault();
                var late = row.querySelector('[data-late]');
                late.checked = !late.checked;
                if (late.checked) {
                    choose(group, 'Present').focus();
                }
            }
        });

        row.querySelectorAll('[data-reason], [data-note]').forEach(function (input) {
            input.addEventListener('keydown', function (event) {
                if (event.key === 'Enter' && !event.shiftKey) {
                    event.preventDefault();
                    focusGroup(index + 1);
                }
            });
        });
    });

    form.addEventListener('change', function (event) {
        var target = event.target;
        if (target.matches('fieldset.attendance-status input[type=radio]') && target.value !== 'Present') {
            var late = target.closest('tr').querySelector('[data-late]');
            if (late) {
                late.checked = false;
            }
        }
    });
}());
