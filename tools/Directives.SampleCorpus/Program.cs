Console.WriteLine("sample corpus builder: not written yet");
