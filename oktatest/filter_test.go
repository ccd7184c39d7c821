package oktatest

import (
	"encoding/json"
	"testing"
	"time"
)

func TestExpressions(t *testing.T) {
	t.Parallel()
	attrs := map[string]any{
		"status":              "ACTIVE",
		"lastUpdated":         time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC),
		"profile.name":        "Ann O'Neil",
		"profile.age":         json.Number("42"),
		"profile.admin":       true,
		"profile.nickName":    nil,
		"profile.tags":        []any{"red", "blue"},
		"profile.quote":       `say "hi"`,
		"profile.emptyString": "",
	}
	get := func(attr string) (any, bool) { v, ok := attrs[attr]; return v, ok }
	tests := []struct {
		expr string
		want bool
	}{
		{`status eq "ACTIVE"`, true},
		{`status eq "active"`, true}, // strings compare without regard to case
		{`STATUS EQ "ACTIVE"`, false},
		{`status ne "ACTIVE"`, false},
		{`status eq "ACTIVE" and profile.age gt 40`, true},
		{`status eq "SUSPENDED" or profile.age lt 40`, false},
		{`status eq "SUSPENDED" or profile.age lt 40 or profile.admin eq true`, true},
		{`status eq "SUSPENDED" and profile.age gt 1 or profile.admin eq true`, true}, // and binds tighter
		{`status eq "SUSPENDED" and (profile.age gt 1 or profile.admin eq true)`, false},
		{`lastUpdated gt "2025-01-01T00:00:00.000Z"`, true},
		{`lastUpdated lt "2025-01-02T03:04:05.001Z"`, true},
		{`lastUpdated eq "2025-01-02T03:04:05Z"`, true}, // compared as times
		{`lastUpdated ge "2025-01-02T04:00:00+01:00"`, true},
		{`profile.name sw "ann"`, true},
		{`profile.name co "o'n"`, true},
		{`profile.name ew "NEIL"`, true},
		{`profile.age ge 42.0`, true},
		{`profile.age eq "42"`, true},
		{`profile.admin eq false`, false},
		{`profile.nickName pr`, false},
		{`profile.nickName eq null`, true},
		{`profile.missing eq null`, true},
		{`profile.missing ne "x"`, true},
		{`profile.missing eq "x"`, false},
		{`profile.name pr`, true},
		{`profile.tags eq "blue"`, true},
		{`profile.tags eq "green"`, false},
		{`profile.quote eq "say \"hi\""`, true},
		{`((status eq "ACTIVE"))`, true},
	}
	for _, tt := range tests {
		e, err := parseExpr(tt.expr, rules{})
		if err != nil {
			t.Errorf("%s: %v", tt.expr, err)
			continue
		}
		if got := e.eval(get); got != tt.want {
			t.Errorf("%s = %v, want %v", tt.expr, got, tt.want)
		}
	}
}

func TestExpressionErrors(t *testing.T) {
	t.Parallel()
	onlyStatus := rules{allow: func(attr, op string) bool { return attr == "status" && op == "eq" }}
	for _, s := range []string{``, `status`, `status eq`, `status eq "x`, `status xx "x"`, `(status eq "x"`, `status eq "x")`,
		`status eq "x" and`, `"status" eq "x"`, `status eq x`, `status eq "x" status eq "y"`} {
		if _, err := parseExpr(s, rules{}); err == nil {
			t.Errorf("%q parsed", s)
		}
	}
	if _, err := parseExpr(`status eq "x"`, onlyStatus); err != nil {
		t.Errorf("allowed comparison: %v", err)
	}
	for _, s := range []string{`status sw "x"`, `id eq "x"`, `status eq "x" or id eq "y"`} {
		if _, err := parseExpr(s, onlyStatus); err == nil {
			t.Errorf("%q parsed despite the rules", s)
		}
	}
}
