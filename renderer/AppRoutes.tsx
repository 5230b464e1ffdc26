import { Route } from 'react-router';
import { AppLayout } from './AppLayout';
import { DashboardScreen } from './screens/dashboard/DashboardScreen';
import { CasesScreen } from './screens/cases/CasesScreen';
import { NewCaseScreen } from './screens/cases/NewCaseScreen';
import { CaseScreen } from './screens/cases/CaseScreen';
import { ClientsScreen } from './screens/clients/ClientsScreen';
import { ClientScreen } from './screens/clients/ClientScreen';
import { NewClientScreen } from './screens/clients/NewClientScreen';
import { EditClientScreen } from './screens/clients/EditClientScreen';
import { RulesScreen } from './screens/rules/RulesScreen';
import { YearFormScreen } from './screens/rules/YearFormScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { NotFoundScreen } from './screens/NotFoundScreen';
import { QueueScreen } from './screens/queue/QueueScreen';
import { CalendarScreen } from './screens/calendar/CalendarScreen';
import { AuditScreen } from './screens/audit/AuditScreen';
import { ImportScreen } from './screens/import/ImportScreen';
import { ReportsScreen } from './screens/reports/ReportsScreen';

/**
 * Every route of the app, inside the frame (hash routing: #/cases/12 works from file:// in
 * Electron). main.tsx builds the data router from them, so forms can block navigation.
 */
export function appRoutes() {
  return (
    <Route element={<AppLayout />}>
      <Route path="/" element={<DashboardScreen />} />
      <Route path="/cases" element={<CasesScreen />} />
      <Route path="/cases/new" element={<NewCaseScreen />} />
      <Route path="/cases/:id" element={<CaseScreen />} />
      <Route path="/queue" element={<QueueScreen />} />
      <Route path="/calendar" element={<CalendarScreen />} />
      <Route path="/clients" element={<ClientsScreen />} />
      <Route path="/clients/new" element={<NewClientScreen />} />
      <Route path="/clients/:id" element={<ClientScreen />} />
      <Route path="/clients/:id/edit" element={<EditClientScreen />} />
      <Route path="/audit" element={<AuditScreen />} />
      <Route path="/import" element={<ImportScreen />} />
      <Route path="/reports" element={<ReportsScreen />} />
      <Route path="/rules" element={<RulesScreen />} />
      <Route path="/rules/calendars/new" element={<YearFormScreen />} />
      <Route path="/rules/calendars/:year" element={<YearFormScreen />} />
      <Route path="/settings" element={<SettingsScreen />} />
      <Route path="*" element={<NotFoundScreen />} />
    </Route>
  );
}
